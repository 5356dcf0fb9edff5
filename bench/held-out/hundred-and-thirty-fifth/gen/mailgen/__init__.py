"""Generator package for the Example Group blind evaluation set."""
