"""selfassess: YAML question banks to a static self-assessment site."""
