"""`python -m assembler …`: the same command as the `assembler` console script."""

from .cli import main

if __name__ == "__main__":
    main()
