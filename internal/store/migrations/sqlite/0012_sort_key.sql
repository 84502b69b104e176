-- People are ordered by a collation key of their name in the Kazakh
-- alphabet (store.sortKey) instead of the lower-cased name, whose code
-- points put Ә, Ғ, Қ, Ң, Ө, Ұ, Ү, Һ and І after Я.

UPDATE people SET sort_name = liaison_sort_key(family_name, given_name, middle_name);
