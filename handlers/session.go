package handlers

import (
	"crypto/rand"
	"crypto/subtle"
	"encoding/hex"
	"fmt"
	"net/http"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/gorilla/sessions"
	"github.com/labstack/echo/v4"

	"kycreview/review"
)

const (
	sessionName = "kycreview"
	keyUserID   = "uid"
	keyCSRF     = "csrf"
	csrfField   = "_csrf"
	csrfHeader  = "X-CSRF-Token"
)

// NewSessionStore returns a cookie store whose keys live in dataDir, made
// on first start, so sessions survive restarts.
func NewSessionStore(dataDir string, secure bool) (*sessions.CookieStore, error) {
	keys, err := loadKeys(filepath.Join(dataDir, "session.keys"))
	if err != nil {
		return nil, err
	}

	store := sessions.NewCookieStore(keys[:64], keys[64:])
	store.Options = &sessions.Options{
		Path:     "/",
		MaxAge:   12 * 3600,
		HttpOnly: true,
		Secure:   secure,
		SameSite: http.SameSiteLaxMode,
	}
	return store, nil
}

// loadKeys reads 64 bytes of signing key and 32 of encryption key, or
// writes new random ones when the file does not exist.
func loadKeys(path string) ([]byte, error) {
	raw, err := os.ReadFile(path)
	if err == nil {
		keys, err := hex.DecodeString(strings.TrimSpace(string(raw)))
		if err != nil || len(keys) != 96 {
			return nil, fmt.Errorf("session keys %s: corrupt; delete it to sign everyone out", path)
		}
		return keys, nil
	}
	if !os.IsNotExist(err) {
		return nil, fmt.Errorf("session keys: %w", err)
	}

	keys := make([]byte, 96)
	if _, err := rand.Read(keys); err != nil {
		return nil, fmt.Errorf("session keys: random: %w", err)
	}
	if err := os.WriteFile(path, []byte(hex.EncodeToString(keys)), 0o600); err != nil {
		return nil, fmt.Errorf("session keys: write: %w", err)
	}
	return keys, nil
}

// ctxSession and ctxUser are the echo.Context keys this package sets.
const (
	ctxSession = "kyc.session"
	ctxUser    = "kyc.user"
)

// loadSession attaches the session, with a CSRF token, to every request.
// A cookie that no longer decodes (keys changed) starts a new session.
func (s *Server) loadSession(next echo.HandlerFunc) echo.HandlerFunc {
	return func(c echo.Context) error {
		sess, _ := s.sessions.Get(c.Request(), sessionName)
		if _, ok := sess.Values[keyCSRF].(string); !ok {
			sess.Values[keyCSRF] = randomToken()
			if err := sess.Save(c.Request(), c.Response()); err != nil {
				return fmt.Errorf("save session: %w", err)
			}
		}
		c.Set(ctxSession, sess)

		if id, ok := sess.Values[keyUserID].(int64); ok {
			u, err := s.reviews.UserByID(c.Request().Context(), id)
			if err == nil && u.Active {
				c.Set(ctxUser, u)
			}
		}
		return next(c)
	}
}

func randomToken() string {
	b := make([]byte, 32)
	_, _ = rand.Read(b)
	return hex.EncodeToString(b)
}

func session(c echo.Context) *sessions.Session {
	sess, _ := c.Get(ctxSession).(*sessions.Session)
	return sess
}

// currentUser returns the signed-in user; ok is false for anonymous.
func currentUser(c echo.Context) (review.User, bool) {
	u, ok := c.Get(ctxUser).(review.User)
	return u, ok
}

func csrfToken(c echo.Context) string {
	if sess := session(c); sess != nil {
		tok, _ := sess.Values[keyCSRF].(string)
		return tok
	}
	return ""
}

// checkCSRF refuses a state-changing request without the session's token,
// sent as the _csrf form field or the X-CSRF-Token header. Multipart
// uploads are checked by their handler, which streams the body.
func (s *Server) checkCSRF(next echo.HandlerFunc) echo.HandlerFunc {
	return func(c echo.Context) error {
		req := c.Request()
		if req.Method == http.MethodGet || req.Method == http.MethodHead {
			return next(c)
		}
		if strings.HasPrefix(req.Header.Get(echo.HeaderContentType), echo.MIMEMultipartForm) {
			return next(c)
		}

		sent := req.Header.Get(csrfHeader)
		if sent == "" {
			sent = c.FormValue(csrfField)
		}
		if !validCSRF(c, sent) {
			return errCSRF
		}
		return next(c)
	}
}

var errCSRF = review.Errorf(review.CodeForbidden, "表单已过期或来源无效，请刷新页面后重试",
	"The form expired or did not come from this site; reload the page and try again")

func validCSRF(c echo.Context, sent string) bool {
	want := csrfToken(c)
	return want != "" && subtle.ConstantTimeCompare([]byte(sent), []byte(want)) == 1
}

// requireUser sends anonymous visitors to the login page.
func (s *Server) requireUser(next echo.HandlerFunc) echo.HandlerFunc {
	return func(c echo.Context) error {
		if _, ok := currentUser(c); !ok {
			if c.Request().Header.Get("HX-Request") != "" {
				c.Response().Header().Set("HX-Redirect", "/login")
				return c.NoContent(http.StatusUnauthorized)
			}
			return c.Redirect(http.StatusSeeOther, "/login")
		}
		return next(c)
	}
}

var errRole = review.Errorf(review.CodeForbidden, "您的角色无权访问此页面", "Your role may not use this page")

// requireRole answers 403 to users of other roles.
func (s *Server) requireRole(roles ...review.Role) echo.MiddlewareFunc {
	return func(next echo.HandlerFunc) echo.HandlerFunc {
		return func(c echo.Context) error {
			u, _ := currentUser(c)
			if !slices.Contains(roles, u.Role) {
				return errRole
			}
			return next(c)
		}
	}
}
