"""The registers: every commitment and decision of a generation, as typed rows."""
