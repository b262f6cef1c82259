-- Documents: free tags on files (a file's description is already in doc_file), to sort files across
-- folders and to find them in the search.

CREATE TABLE doc_tag (
    file_id BIGINT      NOT NULL,
    tag     VARCHAR(40) NOT NULL COMMENT 'as typed; unique per file whatever its case or accents',
    PRIMARY KEY (file_id, tag),
    KEY doc_tag_tag (tag),
    CONSTRAINT doc_tag_file FOREIGN KEY (file_id) REFERENCES doc_file (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
