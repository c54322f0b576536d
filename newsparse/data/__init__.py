"""Vocabularies as data: each module names its source and licence."""
