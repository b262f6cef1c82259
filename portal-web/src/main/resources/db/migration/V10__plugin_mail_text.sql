-- A plugin's mail keeps the plain-text body its plugin wrote (Mail.send's last argument), sent as
-- the mail's text part; null for mails queued before, whose text is derived from the HTML.
ALTER TABLE plugin_mail ADD COLUMN body_text MEDIUMTEXT NULL AFTER body_html;
