-- Collective spaces: types, collectives, subscriptions, news items ("brèves"), mailings through an
-- outbox, notifications. Leads keep living in collective_role (role LEAD); an active subscription
-- also holds a collective_role MEMBER row, so that everything that asks "is M in collective C"
-- (directory visibility, the search index, documents) reads one table.

-- Admins edit this list; a type in use is archived rather than deleted.
CREATE TABLE collective_type (
    id        BIGINT       NOT NULL AUTO_INCREMENT,
    label_fr  VARCHAR(80)  NOT NULL,
    label_en  VARCHAR(80)  NOT NULL,
    position  INT          NOT NULL DEFAULT 0,
    archived  BOOLEAN      NOT NULL DEFAULT FALSE,
    PRIMARY KEY (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

INSERT INTO collective_type (label_fr, label_en, position) VALUES
    ('Pôle thématique', 'Thematic pole', 10),
    ('Groupe autogéré', 'Self-managed group', 20),
    ('Groupe territorial', 'Territorial group', 30);

CREATE TABLE collective (
    id                BIGINT        NOT NULL AUTO_INCREMENT,
    name              VARCHAR(120)  NOT NULL,
    type_id           BIGINT        NOT NULL,
    summary           VARCHAR(300)  NOT NULL DEFAULT '' COMMENT 'one line for lists and search',
    description_html  MEDIUMTEXT    NOT NULL COMMENT 'sanitised on the server before it is stored',
    join_policy       VARCHAR(16)   NOT NULL DEFAULT 'OPEN' COMMENT 'OPEN or APPROVAL',
    logo              MEDIUMBLOB        NULL COMMENT 'JPEG, 256 px, made by the portal',
    logo_version      INT           NOT NULL DEFAULT 0,
    created_at        DATETIME(6)   NOT NULL COMMENT 'UTC',
    archived_at       DATETIME(6)       NULL COMMENT 'UTC; archived collectives are read-only and hidden from lists',
    PRIMARY KEY (id),
    UNIQUE KEY collective_name (name),
    KEY collective_by_type (type_id),
    CONSTRAINT collective_type_ref FOREIGN KEY (type_id) REFERENCES collective_type (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Links to the collective's tools elsewhere (cloud folder, chat channel…).
CREATE TABLE collective_link (
    collective_id BIGINT        NOT NULL,
    position      INT           NOT NULL,
    label         VARCHAR(80)   NOT NULL,
    url           VARCHAR(500)  NOT NULL,
    PRIMARY KEY (collective_id, position),
    CONSTRAINT collective_link_collective FOREIGN KEY (collective_id) REFERENCES collective (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE subscription (
    member_id     BIGINT       NOT NULL,
    collective_id BIGINT       NOT NULL,
    state         VARCHAR(16)  NOT NULL COMMENT 'ACTIVE or PENDING (asked to join a collective that needs approval)',
    delivery      VARCHAR(16)  NOT NULL DEFAULT 'PORTAL' COMMENT 'PORTAL, EMAIL (each item) or DIGEST (weekly)',
    accepts_mailings BOOLEAN   NOT NULL DEFAULT TRUE COMMENT 'false after a one-click unsubscribe from mailings',
    created_at    DATETIME(6)  NOT NULL COMMENT 'UTC',
    PRIMARY KEY (member_id, collective_id),
    KEY subscription_by_collective (collective_id, state),
    CONSTRAINT subscription_member FOREIGN KEY (member_id) REFERENCES member (id) ON DELETE CASCADE,
    CONSTRAINT subscription_collective FOREIGN KEY (collective_id) REFERENCES collective (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE news_item (
    id            BIGINT        NOT NULL AUTO_INCREMENT,
    title         VARCHAR(200)  NOT NULL,
    body_html     MEDIUMTEXT    NOT NULL COMMENT 'sanitised on the server before it is stored',
    image         MEDIUMBLOB        NULL COMMENT 'JPEG made by the portal from the upload',
    status        VARCHAR(16)   NOT NULL COMMENT 'DRAFT, SCHEDULED, PUBLISHED, UNPUBLISHED',
    publish_at    DATETIME(6)       NULL COMMENT 'UTC; when a SCHEDULED item goes out',
    published_at  DATETIME(6)       NULL COMMENT 'UTC; first publication, the order of feeds',
    pinned        BOOLEAN       NOT NULL DEFAULT FALSE,
    public_item   BOOLEAN       NOT NULL DEFAULT FALSE COMMENT 'also in the Atom feed and readable without signing in',
    author_id     BIGINT        NOT NULL,
    created_at    DATETIME(6)   NOT NULL COMMENT 'UTC',
    updated_at    DATETIME(6)   NOT NULL COMMENT 'UTC',
    PRIMARY KEY (id),
    KEY news_item_due (status, publish_at),
    KEY news_item_published (published_at),
    CONSTRAINT news_item_author FOREIGN KEY (author_id) REFERENCES member (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- An item can speak for several collectives at once.
CREATE TABLE news_target (
    news_id       BIGINT NOT NULL,
    collective_id BIGINT NOT NULL,
    PRIMARY KEY (news_id, collective_id),
    KEY news_target_by_collective (collective_id, news_id),
    CONSTRAINT news_target_news FOREIGN KEY (news_id) REFERENCES news_item (id) ON DELETE CASCADE,
    CONSTRAINT news_target_collective FOREIGN KEY (collective_id) REFERENCES collective (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE news_attachment (
    id            BIGINT        NOT NULL AUTO_INCREMENT,
    news_id       BIGINT        NOT NULL,
    file_name     VARCHAR(200)  NOT NULL,
    content_type  VARCHAR(100)  NOT NULL,
    size_bytes    BIGINT        NOT NULL,
    content       LONGBLOB      NOT NULL,
    PRIMARY KEY (id),
    KEY news_attachment_by_news (news_id),
    CONSTRAINT news_attachment_news FOREIGN KEY (news_id) REFERENCES news_item (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Which items a member has seen: the feed's unread markers.
CREATE TABLE news_read (
    member_id BIGINT      NOT NULL,
    news_id   BIGINT      NOT NULL,
    read_at   DATETIME(6) NOT NULL,
    PRIMARY KEY (member_id, news_id),
    CONSTRAINT news_read_member FOREIGN KEY (member_id) REFERENCES member (id) ON DELETE CASCADE,
    CONSTRAINT news_read_news FOREIGN KEY (news_id) REFERENCES news_item (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE mailing (
    id            BIGINT        NOT NULL AUTO_INCREMENT,
    collective_id BIGINT        NOT NULL,
    subject       VARCHAR(200)  NOT NULL,
    body_html     MEDIUMTEXT    NOT NULL,
    status        VARCHAR(16)   NOT NULL COMMENT 'DRAFT or SENT (queued to the outbox)',
    author_id     BIGINT        NOT NULL,
    created_at    DATETIME(6)   NOT NULL,
    queued_at     DATETIME(6)       NULL,
    recipients    INT           NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    KEY mailing_by_collective (collective_id, created_at),
    CONSTRAINT mailing_collective FOREIGN KEY (collective_id) REFERENCES collective (id),
    CONSTRAINT mailing_author FOREIGN KEY (author_id) REFERENCES member (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Every e-mail the portal sends, one row per recipient. The unique key makes queuing idempotent:
-- queuing the same mailing (or item, or digest week) twice never gives anyone two rows.
-- SENDING rows are leased by the sender; a crash leaves them to be judged at the next start.
CREATE TABLE mail_outbox (
    id              BIGINT        NOT NULL AUTO_INCREMENT,
    kind            VARCHAR(16)   NOT NULL COMMENT 'MAILING, NEWS, DIGEST, TEST',
    ref_id          BIGINT        NOT NULL COMMENT 'mailing id, news item id, digest week (yyyyww), test mailing id',
    member_id       BIGINT        NOT NULL,
    collective_id   BIGINT            NULL COMMENT 'whose unsubscribe link the mail carries',
    address         VARCHAR(320)  NOT NULL,
    status          VARCHAR(16)   NOT NULL COMMENT 'QUEUED, SENDING, SENT, FAILED',
    attempts        INT           NOT NULL DEFAULT 0,
    next_attempt_at DATETIME(6)   NOT NULL,
    lease_until     DATETIME(6)       NULL,
    claim_token     CHAR(36)          NULL COMMENT 'the sender holding the lease: only it may mark the row',
    last_error      VARCHAR(500)      NULL,
    created_at      DATETIME(6)   NOT NULL,
    sent_at         DATETIME(6)       NULL,
    PRIMARY KEY (id),
    UNIQUE KEY mail_outbox_once (kind, ref_id, member_id),
    KEY mail_outbox_due (status, next_attempt_at),
    CONSTRAINT mail_outbox_member FOREIGN KEY (member_id) REFERENCES member (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE notification (
    id            BIGINT       NOT NULL AUTO_INCREMENT,
    member_id     BIGINT       NOT NULL,
    kind          VARCHAR(24)  NOT NULL COMMENT 'NEWS, JOIN_REQUEST, JOIN_ACCEPTED, JOIN_DECLINED',
    collective_id BIGINT       NOT NULL,
    ref_id        BIGINT           NULL COMMENT 'news item id, or the member who asked to join',
    created_at    DATETIME(6)  NOT NULL,
    read_at       DATETIME(6)      NULL,
    PRIMARY KEY (id),
    UNIQUE KEY notification_once (member_id, kind, collective_id, ref_id),
    KEY notification_unread (member_id, read_at, created_at),
    CONSTRAINT notification_member FOREIGN KEY (member_id) REFERENCES member (id) ON DELETE CASCADE,
    CONSTRAINT notification_collective FOREIGN KEY (collective_id) REFERENCES collective (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Secrets the portal makes for itself at first start (the key that signs unsubscribe links).
CREATE TABLE portal_secret (
    name       VARCHAR(64)  NOT NULL,
    secret     VARBINARY(64) NOT NULL,
    created_at DATETIME(6)  NOT NULL,
    PRIMARY KEY (name)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
