-- Documents: folders and files of three kinds of spaces (the organisation, each collective, each
-- member), every file a list of versions, every version a blob of the BlobStore named by its
-- SHA-256 (identical content is stored once on disk, however many versions point to it).

CREATE TABLE doc_folder (
    id          BIGINT        NOT NULL AUTO_INCREMENT,
    space_kind  VARCHAR(16)   NOT NULL COMMENT 'ORGANISATION, COLLECTIVE or MEMBER',
    space_ref   BIGINT        NOT NULL COMMENT 'the collective or member id; 0 for the organisation',
    parent_id   BIGINT            NULL COMMENT 'NULL: at the root of the space',
    name        VARCHAR(200)  NOT NULL,
    created_by  BIGINT        NOT NULL,
    created_at  DATETIME(6)   NOT NULL COMMENT 'UTC',
    deleted_at  DATETIME(6)       NULL COMMENT 'UTC; in the trash since then',
    PRIMARY KEY (id),
    KEY doc_folder_in (space_kind, space_ref, parent_id),
    CONSTRAINT doc_folder_parent FOREIGN KEY (parent_id) REFERENCES doc_folder (id),
    CONSTRAINT doc_folder_creator FOREIGN KEY (created_by) REFERENCES member (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE doc_file (
    id              BIGINT        NOT NULL AUTO_INCREMENT,
    space_kind      VARCHAR(16)   NOT NULL,
    space_ref       BIGINT        NOT NULL,
    folder_id       BIGINT            NULL COMMENT 'NULL: at the root of the space',
    name            VARCHAR(200)  NOT NULL,
    description     VARCHAR(1000) NOT NULL DEFAULT '',
    current_version INT           NOT NULL,
    created_by      BIGINT        NOT NULL,
    created_at      DATETIME(6)   NOT NULL,
    updated_at      DATETIME(6)   NOT NULL,
    deleted_at      DATETIME(6)       NULL,
    PRIMARY KEY (id),
    KEY doc_file_in (space_kind, space_ref, folder_id),
    CONSTRAINT doc_file_folder FOREIGN KEY (folder_id) REFERENCES doc_folder (id),
    CONSTRAINT doc_file_creator FOREIGN KEY (created_by) REFERENCES member (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE doc_version (
    file_id      BIGINT        NOT NULL,
    number       INT           NOT NULL,
    blob_sha256  CHAR(64)      NOT NULL,
    size_bytes   BIGINT        NOT NULL,
    content_type VARCHAR(120)  NOT NULL COMMENT 'detected from the content, not the name',
    uploaded_by  BIGINT        NOT NULL,
    uploaded_at  DATETIME(6)   NOT NULL,
    PRIMARY KEY (file_id, number),
    KEY doc_version_blob (blob_sha256),
    CONSTRAINT doc_version_file FOREIGN KEY (file_id) REFERENCES doc_file (id) ON DELETE CASCADE,
    CONSTRAINT doc_version_uploader FOREIGN KEY (uploaded_by) REFERENCES member (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Who else may read: named members for a personal file or folder; a guest for a collective's folder.
CREATE TABLE doc_share (
    folder_id  BIGINT       NOT NULL,
    member_id  BIGINT       NOT NULL,
    created_at DATETIME(6)  NOT NULL,
    PRIMARY KEY (folder_id, member_id),
    CONSTRAINT doc_share_folder FOREIGN KEY (folder_id) REFERENCES doc_folder (id) ON DELETE CASCADE,
    CONSTRAINT doc_share_member FOREIGN KEY (member_id) REFERENCES member (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
