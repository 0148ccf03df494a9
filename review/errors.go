package review

import (
	"errors"
	"fmt"
)

// Code classifies an error for the one place that maps errors to HTTP.
type Code string

const (
	CodeInvalid   Code = "invalid"   // bad input: 400 or 422
	CodeNotFound  Code = "not_found" // 404
	CodeConflict  Code = "conflict"  // 409: the record moved on
	CodeForbidden Code = "forbidden" // 403
	CodeTooLarge  Code = "too_large" // 413
)

// Error is an error the user should see, in Chinese and English.
type Error struct {
	Code Code
	ZH   string
	EN   string
}

func (e *Error) Error() string { return fmt.Sprintf("review: %s: %s", e.Code, e.EN) }

// Errorf makes a user-facing error.
func Errorf(code Code, zh, en string) *Error { return &Error{Code: code, ZH: zh, EN: en} }

// ErrNotFound is the one way to say a thing does not exist.
var ErrNotFound = Errorf(CodeNotFound, "记录不存在", "Not found")

// ErrorCode returns err's code, or "" for an internal error.
func ErrorCode(err error) Code {
	var e *Error
	if errors.As(err, &e) {
		return e.Code
	}
	return ""
}

// AsError returns err's user-facing form, if it has one.
func AsError(err error) (*Error, bool) {
	var e *Error
	ok := errors.As(err, &e)
	return e, ok
}
