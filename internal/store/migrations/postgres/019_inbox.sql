-- The staff inbox a page at a time, in its order (nearest deadline first,
-- then the newest number): the open requests, a few hundred however many
-- years the register holds, through an index of their own; the others by
-- status. The condition is written as RequestsPage writes it.
CREATE INDEX requests_open ON requests (deadline, protocol_year DESC, protocol_number DESC)
    WHERE status NOT IN ('conclusa', 'archiviata');
CREATE INDEX requests_status_due ON requests (status, deadline, protocol_year DESC, protocol_number DESC);
DROP INDEX requests_status;
