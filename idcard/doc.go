// Package idcard is the app's own verdict on each field of a Chinese
// resident ID card (居民身份证): the number's check character and region
// code, the dates, and whether the fields agree with one another.
//
// Check returns Findings with stable codes the review page may key on:
//
//	name       name_chars (warning)
//	sex        sex_value, sex_mismatch
//	nation     nation_suffix, nation_unknown
//	birthday   birthday_format, birthday_range, birthday_mismatch
//	address    address_province, address_city (warnings: people move)
//	number     number_length, number_chars, number_checksum, number_region_prefix,
//	           number_birth_date, number_birth_future; number_legacy, region_unknown,
//	           region_abolished (warnings)
//	authority  authority_suffix; authority_city (warning)
//	timelimit  validity_format, validity_order, validity_start_future,
//	           validity_before_birth, validity_term, validity_end, validity_expired;
//	           validity_expiring (warning)
//
// Codes without a level noted are errors.
//
// It does no I/O when it runs; the GB/T 2260 region table it consults is
// embedded from regions.tsv, which internal/genregions derives from the
// yearly table under /work/shared/data/region-codes.
package idcard
