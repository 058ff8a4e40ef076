"""Recording: encoding captured frames into self-contained segments and sealing them."""
