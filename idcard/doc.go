// Package idcard is the app's own verdict on each field of a Chinese
// resident ID card (居民身份证): the number's check character and region
// code, the dates, and whether the fields agree with one another.
//
// It does no I/O when it runs; the GB/T 2260 region table it consults is
// embedded from regions.tsv, which internal/genregions derives from the
// yearly table under /work/shared/data/region-codes.
package idcard
