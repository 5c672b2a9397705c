-- Why a job's candidates were rejected: {"<field>: <reason>": count}, so editors can see what a
-- generator gets wrong without reading the logs.
ALTER TABLE generation_job ADD COLUMN rejections jsonb NOT NULL DEFAULT '{}'::jsonb;
