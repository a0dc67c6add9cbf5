"""PDF placeholder; replaced below."""
