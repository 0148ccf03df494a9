package review

import (
	"context"
	"fmt"
	"strings"
	"time"
	"unicode/utf8"

	"kycreview/idcard"

	"golang.org/x/crypto/bcrypt"
)

// Service carries out what reviewers and admins ask for.
type Service struct {
	store  Store
	photos PhotoStore
	engine string
	// wake nudges the OCR worker when a job is queued.
	wake chan struct{}
	now  func() time.Time
	// fourEyes makes an overridden approval wait for a second person.
	fourEyes bool
}

// NewService returns a service; engine is the OCR engine's name, or "none"
// when records are typed in by hand.
func NewService(store Store, photos PhotoStore, engine string) *Service {
	return &Service{store: store, photos: photos, engine: engine, wake: make(chan struct{}, 1), now: time.Now}
}

// Engine is the name of the OCR engine in use.
func (s *Service) Engine() string { return s.engine }

// Wake is the channel the OCR worker listens on for new jobs.
func (s *Service) Wake() <-chan struct{} { return s.wake }

func (s *Service) nudge() {
	select {
	case s.wake <- struct{}{}:
	default:
	}
}

// Submit stores both photos and creates the record with its OCR job.
// Photos are written first: a crash in between leaves an orphan file,
// never a record without its photos.
func (s *Service) Submit(ctx context.Context, front, back []byte, by User) (int64, error) {
	frontFacts, backFacts := photoFacts(front, true), photoFacts(back, false)
	frontSHA, err := s.photos.Put(ctx, front)
	if err != nil {
		return 0, fmt.Errorf("submit: store front: %w", err)
	}
	backSHA, err := s.photos.Put(ctx, back)
	if err != nil {
		return 0, fmt.Errorf("submit: store back: %w", err)
	}

	id, err := s.store.CreateRecord(ctx, NewRecord{
		FrontSHA:   frontSHA,
		BackSHA:    backSHA,
		Engine:     s.engine,
		UploadedBy: by.ID,
		QueueOCR:   s.engine != "none",
		Front:      frontFacts,
		Back:       backFacts,
	})
	if err != nil {
		return 0, fmt.Errorf("submit: %w", err)
	}

	s.nudge()
	return id, nil
}

// Record returns one record with its fields, attempts and decision.
func (s *Service) Record(ctx context.Context, id int64) (*Record, error) {
	return s.store.Record(ctx, id)
}

// List returns one page of the queue.
func (s *Service) List(ctx context.Context, q ListQuery) (ListPage, error) {
	if q.Limit <= 0 || q.Limit > 200 {
		q.Limit = 50
	}
	return s.store.ListRecords(ctx, q)
}

// Correct replaces one field's value with the reviewer's.
func (s *Service) Correct(ctx context.Context, id int64, field, value string, by User) error {
	if !IsFieldName(field) {
		return Errorf(CodeInvalid, "未知字段", "Unknown field")
	}
	value = strings.TrimSpace(value)
	if utf8.RuneCountInString(value) > 200 {
		return Errorf(CodeInvalid, "内容过长（最多 200 字）", "Too long (200 characters at most)")
	}
	return s.store.CorrectField(ctx, id, Correction{Field: field, Value: value, By: by.ID})
}

// Decide records an approval or a rejection. version is the record
// version the reviewer saw, so that two reviewers cannot both decide.
func (s *Service) Decide(ctx context.Context, id int64, version int, d Decision) error {
	d.Reason = strings.TrimSpace(d.Reason)
	d.Note = strings.TrimSpace(d.Note)
	d.OverrideNote = strings.TrimSpace(d.OverrideNote)

	switch d.Decision {
	case Approve:
		d.Reason = ""
	case Reject:
		if !IsRejectReason(d.Reason) {
			return Errorf(CodeInvalid, "拒绝时必须选择原因", "Choose a reason to reject")
		}
		if d.Reason == "other" && d.Note == "" {
			return Errorf(CodeInvalid, "选择“其他”时请写明原因", "Describe the reason when choosing Other")
		}
	default:
		return Errorf(CodeInvalid, "请选择通过或拒绝", "Choose approve or reject")
	}
	if utf8.RuneCountInString(d.Note) > 1000 || utf8.RuneCountInString(d.OverrideNote) > 1000 {
		return Errorf(CodeInvalid, "说明过长（最多 1000 字）", "Note too long (1000 characters at most)")
	}
	if err := s.checkOverride(ctx, id, &d); err != nil {
		return err
	}

	return s.store.Decide(ctx, id, version, d)
}

// checkOverride lets a record with errors be approved only when the
// reviewer ticked the override and wrote why. An override is kept only
// where there was something to override.
func (s *Service) checkOverride(ctx context.Context, id int64, d *Decision) error {
	rec, err := s.store.Record(ctx, id)
	if err != nil {
		return err
	}
	a := Assess(rec, s.now())
	errs := a.Count(idcard.Error)
	d.Errors, d.Untrusted = errs, a.Untrusted

	if d.Decision != Approve || errs == 0 {
		d.Override, d.OverrideNote = false, ""
		return nil
	}
	if !d.Override {
		return Errorf(CodeInvalid,
			fmt.Sprintf("该记录有 %d 个错误：请更正，或勾选强制通过并说明理由", errs),
			fmt.Sprintf("The record has %d error(s): correct them, or tick the override and say why", errs))
	}
	if d.OverrideNote == "" {
		return Errorf(CodeInvalid, "强制通过时必须说明理由", "Explain why you override the errors")
	}
	d.NeedsSecond = s.fourEyes
	return nil
}

// Retry queues OCR again for a record whose OCR failed.
func (s *Service) Retry(ctx context.Context, id int64, by User) error {
	if s.engine == "none" {
		return Errorf(CodeConflict, "未启用识别引擎，请手工录入", "No OCR engine is enabled; type the fields in")
	}
	if err := s.store.RetryOCR(ctx, id, by.ID); err != nil {
		return err
	}
	s.nudge()
	return nil
}

// Swap exchanges the front and back photos of an undecided record.
func (s *Service) Swap(ctx context.Context, id int64, version int, by User) error {
	return s.store.SwapPhotos(ctx, id, version, by.ID)
}

// CreateUser adds an account from the command line, where no signed-in
// user is there to name in the event.
func (s *Service) CreateUser(ctx context.Context, username, password string, role Role) (int64, error) {
	return s.AddUser(ctx, username, password, role, User{})
}

// decoyHash is compared against when the username is unknown.
var decoyHash, _ = bcrypt.GenerateFromPassword([]byte("no user has this password"), bcrypt.DefaultCost)

// ErrBadLogin is the one answer to a wrong name or password, so that the
// page does not tell which of the two was wrong.
var ErrBadLogin = Errorf(CodeInvalid, "用户名或密码错误", "Wrong username or password")

// Authenticate checks a password and records the attempt in the audit trail.
func (s *Service) Authenticate(ctx context.Context, username, password string) (User, error) {
	u, hash, err := s.store.UserByName(ctx, username)
	if err != nil && ErrorCode(err) != CodeNotFound {
		return User{}, err
	}

	if err != nil {
		// Spend the same time on an unknown name as on a known one, so the
		// answer's speed does not tell which names exist.
		hash = decoyHash
	}
	ok := bcrypt.CompareHashAndPassword(hash, []byte(password)) == nil && err == nil && u.Active
	if !ok {
		// Log the attempt without the name typed: it may be a password.
		_ = s.store.Event(ctx, Event{ActorID: u.ID, Action: "login_failed"})
		return User{}, ErrBadLogin
	}

	if err := s.store.Event(ctx, Event{ActorID: u.ID, Action: "login"}); err != nil {
		return User{}, err
	}
	return u, nil
}

// Logout records the end of a session.
func (s *Service) Logout(ctx context.Context, u User) error {
	return s.store.Event(ctx, Event{ActorID: u.ID, Action: "logout"})
}

// UserByID returns the account behind a session.
func (s *Service) UserByID(ctx context.Context, id int64) (User, error) {
	return s.store.UserByID(ctx, id)
}

// CountUsers tells whether the first admin still has to be created.
func (s *Service) CountUsers(ctx context.Context) (int, error) {
	return s.store.CountUsers(ctx)
}
