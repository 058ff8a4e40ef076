"""The wizard's pages, one module each, in the order a candidate meets them."""
