package idcard

import "fmt"

// ParseError says why a field could not be read, in both of the reviewer's
// languages. Check turns it into a Finding with the same code.
type ParseError struct {
	Code   string
	ZH, EN string
}

// Error gives only the code, so that logging an error never leaks what is
// printed on someone's card.
func (e *ParseError) Error() string { return "idcard: " + e.Code }

// errorf builds a ParseError; zh and en are format strings for one set of args.
func errorf(code, zh, en string, args ...any) *ParseError {
	return &ParseError{Code: code, ZH: fmt.Sprintf(zh, args...), EN: fmt.Sprintf(en, args...)}
}
