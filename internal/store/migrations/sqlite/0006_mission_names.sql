-- A mission's names in English, Russian and Kazakh, official and short,
-- as the officer types them or an import in that language gives them
-- ("Посольство Туркменистана" for the "Embassy of Turkmenistan" a vCard
-- named first). '' where unknown: the window and the lists then show the
-- name stored in name and short_name, which stay as they were.

ALTER TABLE missions ADD COLUMN name_en  TEXT NOT NULL DEFAULT '';
ALTER TABLE missions ADD COLUMN short_en TEXT NOT NULL DEFAULT '';
ALTER TABLE missions ADD COLUMN name_ru  TEXT NOT NULL DEFAULT '';
ALTER TABLE missions ADD COLUMN short_ru TEXT NOT NULL DEFAULT '';
ALTER TABLE missions ADD COLUMN name_kk  TEXT NOT NULL DEFAULT '';
ALTER TABLE missions ADD COLUMN short_kk TEXT NOT NULL DEFAULT '';
