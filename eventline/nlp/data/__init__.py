"""Language data for the NLP components."""
