// Package liaison is the domain of the Liaison app: the missions accredited
// in the country, their people, the events the office holds and the
// invitations to them, with the rules that govern them: validation, the
// diplomatic order of precedence and the folded keys that search uses.
//
// The package does no I/O. Besides the standard library it uses only
// golang.org/x/text, for country names (CLDR data) and for Unicode
// normalisation, both pure functions over embedded tables. ISO 3166's
// short, official and common names in English, Russian and Kazakh come
// from Debian's iso-codes, generated into countries_gen.go (see
// internal/gencountries), with the officers' own aliases in
// country_alias.go; organisations' names and acronyms in three languages
// are in org.go.
package liaison
