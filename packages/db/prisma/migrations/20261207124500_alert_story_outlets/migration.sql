-- Alert rules on a story reaching N outlets (N in alert_rules.threshold).
ALTER TYPE "AlertKind" ADD VALUE IF NOT EXISTS 'story_outlets';
