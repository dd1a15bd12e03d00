-- When each promise's read models last changed: a number from one sequence, taken anew by every batch that touches
-- the promise. Today's progress of a promise is kept until its own number moves, not until any event of any promise
-- arrives: with hundreds of promises, a report in one leaves every other's figures kept. The numbers only grow,
-- also across a rebuild (its tables take theirs from the same sequence), so a number never comes back to mean
-- other figures.
CREATE SEQUENCE promise_change_seq;
CREATE TABLE promise_change (
    promise_id VARCHAR(100) PRIMARY KEY,
    changed    BIGINT       NOT NULL
);
INSERT INTO promise_change (promise_id, changed) SELECT promise_id, nextval('promise_change_seq') FROM promise_view;
