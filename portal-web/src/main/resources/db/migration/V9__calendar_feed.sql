-- Members' private iCalendar feeds (agenda.CalendarFeeds): the address holds a secret token, of
-- which only the SHA-256 is kept; making a new one revokes the old.
CREATE TABLE calendar_feed (
    member_id     BIGINT       NOT NULL,
    token_sha256  CHAR(64)     NOT NULL,
    created_at    DATETIME(6)  NOT NULL,
    last_read_at  DATETIME(6)      NULL COMMENT 'when a calendar last fetched it',
    PRIMARY KEY (member_id),
    UNIQUE KEY calendar_feed_token (token_sha256),
    CONSTRAINT calendar_feed_member FOREIGN KEY (member_id) REFERENCES member (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
