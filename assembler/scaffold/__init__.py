"""`assembler init`: a new plan folder for a county."""
