-- The tasks plugin, increment 3: a task's description is rich text, HTML cleaned by the portal's
-- rules for what members write (like news items). Those written before were plain text: they are
-- escaped and cut into paragraphs at their line breaks, so that they read as they were typed.

ALTER TABLE tasks_task MODIFY description TEXT NOT NULL COMMENT 'HTML cleaned by the portal''s rich text rules';

UPDATE tasks_task
   SET description = CONCAT('<p>',
       REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(description, '&', '&amp;'), '<', '&lt;'), '>', '&gt;'),
               CONCAT(CHAR(13), CHAR(10)), CHAR(10)), CHAR(10), '</p><p>'),
       '</p>')
 WHERE description <> '';
