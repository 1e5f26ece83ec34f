"""Readers of the gold data formats, one module per format.

Each reader accepts the dataset folder as shipped in ``../shared/gold`` or a
single file of the same format anywhere, and raises ``GoldDataError`` naming
the file (and line or record) when the input is malformed.
"""
