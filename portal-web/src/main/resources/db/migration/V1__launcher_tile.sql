-- Tiles of the home page's launcher: links to the organisation's other tools.
CREATE TABLE launcher_tile (
    id         BIGINT       NOT NULL AUTO_INCREMENT,
    label      VARCHAR(80)  NOT NULL,
    url        VARCHAR(500) NOT NULL,
    icon       VARCHAR(60)  NOT NULL,
    position   INT          NOT NULL DEFAULT 0,
    created_at DATETIME(6)  NOT NULL COMMENT 'UTC',
    PRIMARY KEY (id),
    KEY launcher_tile_display_order (position, label)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
