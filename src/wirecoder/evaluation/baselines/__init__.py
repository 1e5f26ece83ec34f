"""Peer baselines: simple, well-known tools run on the same data in the same
invocation as wirecoder, so that every number has a reference beside it.
They use public libraries directly and never wirecoder's own stages (only its
spaCy loader, so that both sides parse with the same model)."""
