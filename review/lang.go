package review

import "context"

// Languages the UI speaks: Chinese first, English second.
const (
	LangZH = "zh"
	LangEN = "en"
)

// ValidLang reports whether lang is one the UI speaks.
func ValidLang(lang string) bool { return lang == LangZH || lang == LangEN }

// LangStore remembers each user's language.
type LangStore interface {
	SetUserLang(ctx context.Context, userID int64, lang string) error
}

var errBadLang = Errorf(CodeInvalid, "不支持的语言", "Unsupported language")

// SetLang remembers the user's language for their next pages.
func (s *Service) SetLang(ctx context.Context, by User, lang string) error {
	if !ValidLang(lang) {
		return errBadLang
	}
	return s.store.SetUserLang(ctx, by.ID, lang)
}
