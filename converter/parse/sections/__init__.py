"""One assigner per JSON Resume section: entries → field values (design note 4)."""
