-- Answers the collector rejected as implausible (wrong chain, a block that cannot be true) are
-- kept in the timeline as 'suspect', the reason in `error`.
ALTER TABLE observations
    DROP CONSTRAINT observations_kind_check,
    ADD CONSTRAINT observations_kind_check CHECK (kind IN ('head', 'rpc_failure', 'suspect'));
