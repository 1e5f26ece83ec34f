"""Metric code: plain lists of spans, labels, values and clusters in, numbers out.

Scorers never import wirecoder's extraction components: they only see what
the systems produced, as plain data, so that a scorer cannot share a bug with
what it scores.
"""
