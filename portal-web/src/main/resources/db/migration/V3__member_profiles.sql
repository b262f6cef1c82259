-- Directory profiles: what members tell about themselves, each personal field with who may see it.
CREATE TABLE profile (
    member_id   BIGINT        NOT NULL,
    first_name  VARCHAR(100)      NULL,
    last_name   VARCHAR(100)      NULL,
    job_title   VARCHAR(150)      NULL,
    bio         TEXT              NULL COMMENT 'plain text, at most 2,000 characters',
    town        VARCHAR(100)      NULL,
    postcode    VARCHAR(10)       NULL,
    latitude    DOUBLE            NULL,
    longitude   DOUBLE            NULL,
    updated_at  DATETIME(6)   NOT NULL COMMENT 'UTC',
    PRIMARY KEY (member_id),
    CONSTRAINT profile_member FOREIGN KEY (member_id) REFERENCES member (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Who sees each field (MEMBERS, COLLECTIVES, ADMINS); a field without a row has its default.
CREATE TABLE profile_visibility (
    member_id  BIGINT      NOT NULL,
    field      VARCHAR(32) NOT NULL,
    visibility VARCHAR(16) NOT NULL,
    PRIMARY KEY (member_id, field),
    CONSTRAINT profile_visibility_profile FOREIGN KEY (member_id) REFERENCES profile (member_id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Free skill tags, stored lower-case so that "Graphisme" and "graphisme" are one facet value.
CREATE TABLE profile_skill (
    member_id BIGINT      NOT NULL,
    skill     VARCHAR(60) NOT NULL,
    PRIMARY KEY (member_id, skill),
    KEY profile_skill_by_skill (skill),
    CONSTRAINT profile_skill_profile FOREIGN KEY (member_id) REFERENCES profile (member_id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Spoken languages as ISO 639-1 codes; pages name them in the reader's language.
CREATE TABLE profile_language (
    member_id BIGINT     NOT NULL,
    language  VARCHAR(8) NOT NULL,
    PRIMARY KEY (member_id, language),
    CONSTRAINT profile_language_profile FOREIGN KEY (member_id) REFERENCES profile (member_id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE profile_phone (
    member_id BIGINT      NOT NULL,
    position  INT         NOT NULL,
    phone     VARCHAR(40) NOT NULL,
    PRIMARY KEY (member_id, position),
    CONSTRAINT profile_phone_profile FOREIGN KEY (member_id) REFERENCES profile (member_id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Website and social links (http and https only).
CREATE TABLE profile_link (
    member_id BIGINT       NOT NULL,
    position  INT          NOT NULL,
    url       VARCHAR(500) NOT NULL,
    PRIMARY KEY (member_id, position),
    CONSTRAINT profile_link_profile FOREIGN KEY (member_id) REFERENCES profile (member_id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The square thumbnail the portal made from the uploaded photo (JPEG), never the original.
CREATE TABLE profile_photo (
    member_id  BIGINT      NOT NULL,
    image      MEDIUMBLOB  NOT NULL,
    updated_at DATETIME(6) NOT NULL COMMENT 'UTC',
    PRIMARY KEY (member_id),
    CONSTRAINT profile_photo_profile FOREIGN KEY (member_id) REFERENCES profile (member_id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
