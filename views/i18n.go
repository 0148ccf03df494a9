package views

import (
	"context"
	"time"
)

// The UI speaks Chinese first; a user may switch to English. The language
// travels in the request's context, so every partial can follow it
// without each view-model carrying it.
const (
	LangZH = "zh"
	LangEN = "en"
)

type langKey struct{}

// WithLang returns ctx carrying the reader's language.
func WithLang(ctx context.Context, lang string) context.Context {
	return context.WithValue(ctx, langKey{}, lang)
}

// LangOf is the reader's language: Chinese unless English was chosen.
func LangOf(ctx context.Context) string {
	if l, _ := ctx.Value(langKey{}).(string); l == LangEN {
		return LangEN
	}
	return LangZH
}

func isEN(ctx context.Context) bool { return LangOf(ctx) == LangEN }

// tr picks the text in the reader's language, for attributes and titles
// where the secondary language cannot be set smaller.
func tr(ctx context.Context, zh, en string) string {
	if isEN(ctx) {
		return en
	}
	return zh
}

// htmlLang is the page's <html lang>.
func htmlLang(ctx context.Context) string {
	if isEN(ctx) {
		return "en"
	}
	return "zh-CN"
}

// Tr is tr for handlers, which know the language as a string.
func Tr(lang, zh, en string) string {
	if lang == LangEN {
		return en
	}
	return zh
}

// Shanghai is the reviewers' time zone: dates are shown and read in it.
var Shanghai = func() *time.Location {
	loc, err := time.LoadLocation("Asia/Shanghai")
	if err != nil {
		return time.FixedZone("CST", 8*3600)
	}
	return loc
}()

// FormatTime shows a time the local way in the reader's language:
// 2026年12月3日 15:04 or 3 Dec 2026 15:04, in Asia/Shanghai.
func FormatTime(lang string, t time.Time) string {
	if t.IsZero() {
		return ""
	}
	t = t.In(Shanghai)
	if lang == LangEN {
		return t.Format("2 Jan 2006 15:04")
	}
	return t.Format("2006年1月2日 15:04")
}

// FormatClock shows only the hour and minute, for times later today.
func FormatClock(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.In(Shanghai).Format("15:04")
}
