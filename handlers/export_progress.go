package handlers

import (
	"net/http"
	"regexp"
	"sync"
	"sync/atomic"
	"time"

	"github.com/labstack/echo/v4"

	"kycreview/views"
)

// exportProgress counts the rows of exports in flight, by a token the
// export page makes, so that the page can show a bar while the file
// downloads. It lives in this process: one server, one set of exports.
type exportProgress struct {
	mu      sync.Mutex
	running map[string]*progress
}

type progress struct {
	user     int64
	total    int
	done     atomic.Int64
	finished atomic.Bool
	started  time.Time
}

var progressToken = regexp.MustCompile(`^[0-9a-f]{32}$`)

// start registers an export; a bad or empty token tracks nothing.
func (ep *exportProgress) start(token string, user int64, total int) *progress {
	p := &progress{user: user, total: total, started: time.Now()}
	if !progressToken.MatchString(token) {
		return p
	}

	ep.mu.Lock()
	defer ep.mu.Unlock()
	if ep.running == nil {
		ep.running = map[string]*progress{}
	}
	// Exports older than an hour are forgotten as new ones start.
	for t, old := range ep.running {
		if time.Since(old.started) > time.Hour {
			delete(ep.running, t)
		}
	}
	ep.running[token] = p
	return p
}

func (ep *exportProgress) get(token string, user int64) (*progress, bool) {
	ep.mu.Lock()
	defer ep.mu.Unlock()
	p, ok := ep.running[token]
	return p, ok && p.user == user
}

// exportStatus answers the export page's poll with the bar.
func (a *auditServer) exportStatus(c echo.Context) error {
	u, _ := currentUser(c)
	p, ok := a.progress.get(c.QueryParam("token"), u.ID)
	if !ok {
		return render(c, http.StatusOK, views.ExportProgress(views.Progress{}))
	}
	return render(c, http.StatusOK, views.ExportProgress(views.Progress{
		Started: true, Done: int(p.done.Load()), Total: p.total, Finished: p.finished.Load()}))
}
