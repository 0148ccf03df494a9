package handlers_test

import (
	"net/http"
	"slices"
	"strings"
	"testing"

	"kycreview/handlers"
	"kycreview/internal/kyctest"
	"kycreview/review"
)

// Who may use a route. public routes need no session at all.
var (
	public    = []review.Role{"public"}
	anyone    = []review.Role{review.RoleReviewer, review.RoleSupervisor, review.RoleAdmin}
	reviewers = []review.Role{review.RoleReviewer, review.RoleSupervisor}
	overseers = []review.Role{review.RoleSupervisor, review.RoleAdmin}
	admins    = []review.Role{review.RoleAdmin}
	exporters = []review.Role{review.RoleAdmin, review.RoleSupervisor}
	superOnly = []review.Role{review.RoleSupervisor}
)

// routeRoles is every route of the app with the roles allowed on it. A
// route missing here fails TestRouteRoles: add it with its roles.
var routeRoles = map[string][]review.Role{
	"GET /":                           public,
	"GET /login":                      public,
	"POST /login":                     public,
	"GET /static/*":                   public,
	"POST /lang":                      public,
	"POST /logout":                    anyone,
	"GET /records":                    reviewers,
	"GET /records/new":                reviewers,
	"POST /records":                   reviewers,
	"POST /records/claim":             reviewers,
	"GET /records/:id":                reviewers,
	"GET /records/:id/progress":       reviewers,
	"GET /records/:id/photos/:slot":   reviewers,
	"POST /records/:id/fields/:field": reviewers,
	"POST /records/:id/decision":      reviewers,
	"POST /records/:id/retry":         reviewers,
	"POST /records/:id/swap":          reviewers,
	"POST /records/:id/release":       reviewers,
	"GET /records/:id/second":         reviewers,
	"POST /records/:id/second":        reviewers,
	"POST /records/:id/reopen":        superOnly,
	"GET /audit":                      overseers,
	"GET /audit/decisions":            overseers,
	"GET /audit/records/:id":          overseers,
	"GET /audit/stats":                overseers,
	"GET /admin":                      admins,
	"POST /admin/users":               admins,
	"GET /admin/users/:uid":           admins,
	"POST /admin/users/:uid/role":     admins,
	"POST /admin/users/:uid/active":   admins,
	"POST /admin/users/:uid/password": admins,
	"GET /admin/export":               exporters,
	"GET /admin/export/progress":      exporters,
}

// concrete fills a route's parameters with values that name nothing, so
// that no request of the matrix changes anything that matters.
func concrete(path string) string {
	r := strings.NewReplacer(":id", "999999", ":uid", "999999", ":slot", "front", ":field", "name",
		"*", "app.css")
	return r.Replace(path)
}

func TestRouteRoles(t *testing.T) {
	app := kyctest.NewApp(t, kyctest.Options{})
	users := map[review.Role]string{review.RoleReviewer: "rita", review.RoleSupervisor: "sam", review.RoleAdmin: "ada"}
	for role, name := range users {
		app.User(name, role)
	}

	sessions, err := handlers.NewSessionStore(t.TempDir(), false)
	if err != nil {
		t.Fatal(err)
	}
	e := handlers.New(app.Service, app.Photos, sessions, app.Config, kyctest.Logger())

	clients := map[review.Role]*kyctest.Client{"anonymous": app.Anonymous()}
	for role, name := range users {
		clients[role] = app.Login(name)
	}

	for _, r := range e.Routes() {
		if r.Method != http.MethodGet && r.Method != http.MethodPost {
			continue // the groups' not-found catch-alls
		}
		key := r.Method + " " + r.Path
		allowed, ok := routeRoles[key]
		if !ok {
			t.Errorf("route %s is not in routeRoles: add it with the roles allowed on it", key)
			continue
		}
		for _, who := range []review.Role{"anonymous", review.RoleReviewer, review.RoleSupervisor, review.RoleAdmin} {
			t.Run(key+" as "+string(who), func(t *testing.T) {
				c := clients[who]
				if key == "POST /logout" {
					c = fresh(app, users, who) // keep the shared sessions signed in
				}
				res := send(c, r.Method, concrete(r.Path))
				checkAccess(t, res, who, allowed, key == "POST /logout")
			})
		}
	}
}

func fresh(app *kyctest.App, users map[review.Role]string, who review.Role) *kyctest.Client {
	if name, ok := users[who]; ok {
		return app.Login(name)
	}
	return app.Anonymous()
}

func send(c *kyctest.Client, method, path string) kyctest.Response {
	if method == http.MethodPost {
		return c.PostForm(path, nil)
	}
	return c.Get(path)
}

// checkAccess judges one answer; signsOut is set for the one route whose
// success is a redirect to the login page.
func checkAccess(t *testing.T, res kyctest.Response, who review.Role, allowed []review.Role, signsOut bool) {
	t.Helper()
	loc := res.Header.Get("Location")
	switch {
	case slices.Equal(allowed, public):
		if res.StatusCode == http.StatusForbidden || res.StatusCode >= 500 {
			t.Errorf("public route: got %d, want neither 403 nor 5xx", res.StatusCode)
		}
	case who == "anonymous":
		if res.StatusCode != http.StatusSeeOther || loc != "/login" {
			t.Errorf("got %d to %q, want 303 to /login", res.StatusCode, loc)
		}
	case slices.Contains(allowed, who):
		if res.StatusCode == http.StatusForbidden || res.StatusCode >= 500 || (loc == "/login" && !signsOut) {
			t.Errorf("allowed role: got %d (to %q), want neither 403, 5xx nor the login page", res.StatusCode, loc)
		}
	default:
		if res.StatusCode != http.StatusForbidden {
			t.Errorf("wrong role: got %d, want 403", res.StatusCode)
		}
	}
}
