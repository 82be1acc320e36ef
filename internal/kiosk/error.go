package kiosk

import (
	"errors"
	"fmt"
)

// Code classifies an error for the program; citizens never see it.
type Code string

// The error codes.
const (
	Invalid     Code = "invalid"     // the input is wrong: the message says how
	NotFound    Code = "not_found"   // nothing matches
	Conflict    Code = "conflict"    // the action clashes with the current state
	Denied      Code = "denied"      // the caller may not do this
	TooMany     Code = "too_many"    // too many attempts: try again later
	Unavailable Code = "unavailable" // a device or service is not there right now
	Internal    Code = "internal"    // a fault of ours, logged in full
)

// Error is the one error type of Sportello: a code for the program and a
// message, in Italian and English, fit to show a citizen as it is.
type Error struct {
	Code    Code
	Message Text
	Err     error // the cause, for the log; never shown
}

// NewError returns an error with the code and the message in both languages.
func NewError(code Code, it, en string) *Error {
	return &Error{Code: code, Message: Text{It: it, En: en}}
}

// Errorf is NewError with the same format arguments applied to both messages.
func Errorf(code Code, it, en string, args ...any) *Error {
	return NewError(code, fmt.Sprintf(it, args...), fmt.Sprintf(en, args...))
}

// Wrap returns err when it is an *Error, nil when it is nil, and otherwise an
// internal error that keeps err for the log.
func Wrap(err error) error {
	if err == nil {
		return nil
	}
	var e *Error
	if errors.As(err, &e) {
		return e
	}
	return &Error{Code: Internal, Message: internalMessage, Err: err}
}

var internalMessage = Text{
	It: "Si è verificato un errore interno. Riprovi o si rivolga allo sportello.",
	En: "An internal error occurred. Please try again or ask at the desk.",
}

func (e *Error) Error() string {
	if e.Err != nil {
		return fmt.Sprintf("%s: %s: %v", e.Code, e.Message.It, e.Err)
	}
	return string(e.Code) + ": " + e.Message.It
}

func (e *Error) Unwrap() error { return e.Err }

// ErrorCode returns the code of err: Internal for any error that is not an *Error.
func ErrorCode(err error) Code {
	var e *Error
	if errors.As(err, &e) {
		return e.Code
	}
	return Internal
}

// ErrorMessage returns what to tell a citizen about err, in lang.
func ErrorMessage(err error, lang Lang) string { return ErrorText(err).In(lang) }

// ErrorText is the message of err in both languages: the internal error's
// when err is not an *Error.
func ErrorText(err error) Text {
	var e *Error
	if errors.As(err, &e) {
		return e.Message
	}
	return internalMessage
}
