// Command kycreview is the ID-card review console: `kycreview serve` runs
// the web app, `kycreview user add` creates accounts.
package main

import (
	"bufio"
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"os"
	"os/signal"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"time"
	_ "time/tzdata" // Asia/Shanghai even on a machine without tzdata

	"kycreview/db"
	"kycreview/handlers"
	"kycreview/ocr"
	"kycreview/ocr/local"
	"kycreview/photos"
	"kycreview/review"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()

	if err := run(ctx, os.Args[1:], os.Stdin, os.Stdout, os.Stderr); err != nil {
		fmt.Fprintln(os.Stderr, "kycreview:", err)
		os.Exit(1)
	}
}

// run dispatches a subcommand; a bare kycreview serves.
func run(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) error {
	if len(args) == 0 || strings.HasPrefix(args[0], "-") {
		return serve(ctx, args, stderr, nil)
	}
	switch args[0] {
	case "serve":
		return serve(ctx, args[1:], stderr, nil)
	case "user":
		if len(args) > 1 && args[1] == "add" {
			return userAdd(ctx, args[2:], stdin, stdout, stderr)
		}
		return errors.New("usage: kycreview user add -data DIR -username NAME -role reviewer|supervisor|admin")
	case "audit":
		if len(args) > 1 && args[1] == "verify" {
			return auditVerify(ctx, args[2:], stdout, stderr)
		}
		return errors.New("usage: kycreview audit verify -data DIR")
	case "export":
		return exportCmd(ctx, args[1:], stdout, stderr)
	case "purge":
		return purgeCmd(ctx, args[1:], stdout, stderr)
	}
	return fmt.Errorf("unknown command %q (commands: serve, user add, audit verify, export, purge)", args[0])
}

// serveConfig is the server's configuration, from flags or KYC_* variables.
type serveConfig struct {
	addr          string
	data          string
	engine        string
	ocrURL        string
	ocrKey        string
	maxUpload     byteSize
	secureCookies bool
	fourEyes      bool
	retentionDays int
}

func parseServe(args []string, stderr io.Writer) (serveConfig, error) {
	cfg := serveConfig{maxUpload: 10 << 20}
	fs := flag.NewFlagSet("serve", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.StringVar(&cfg.addr, "addr", "127.0.0.1:8080", "address to listen on")
	fs.StringVar(&cfg.data, "data", "./data", "folder for the database and photos")
	fs.StringVar(&cfg.engine, "ocr", "local", "OCR engine: local, vendor or none")
	fs.StringVar(&cfg.ocrURL, "ocr-url", "", "the vendor's endpoint, a full URL")
	fs.StringVar(&cfg.ocrKey, "ocr-key", "", "the vendor's credential (APPCODE)")
	fs.Var(&cfg.maxUpload, "max-upload", "largest photo accepted, e.g. 10MiB")
	fs.BoolVar(&cfg.secureCookies, "secure-cookies", false, "mark cookies Secure (behind HTTPS)")
	fs.BoolVar(&cfg.fourEyes, "four-eyes", false, "an approval that overrides errors needs a second person")
	fs.IntVar(&cfg.retentionDays, "retention-days", 0,
		"purge photos of records decided more than N days ago, daily (0: off)")

	if err := parseWithEnv(fs, args); err != nil {
		return cfg, err
	}
	switch cfg.engine {
	case "local", "none":
	case "vendor":
		if cfg.ocrURL == "" || cfg.ocrKey == "" {
			return cfg, errors.New("-ocr vendor needs -ocr-url and -ocr-key (or KYC_OCR_URL and KYC_OCR_KEY)")
		}
	default:
		return cfg, fmt.Errorf("-ocr must be local, vendor or none, not %q", cfg.engine)
	}
	return cfg, nil
}

// parseWithEnv parses args, then fills each flag not given from the
// variable KYC_<NAME>: the flag wins over the environment.
func parseWithEnv(fs *flag.FlagSet, args []string) error {
	if err := fs.Parse(args); err != nil {
		return err
	}
	given := map[string]bool{}
	fs.Visit(func(f *flag.Flag) { given[f.Name] = true })

	var err error
	fs.VisitAll(func(f *flag.Flag) {
		env := "KYC_" + strings.ToUpper(strings.ReplaceAll(f.Name, "-", "_"))
		v, ok := os.LookupEnv(env)
		if given[f.Name] || !ok || err != nil {
			return
		}
		if serr := f.Value.Set(v); serr != nil {
			err = fmt.Errorf("%s: %w", env, serr)
		}
	})
	return err
}

// serve runs the web app until ctx ends. ready, when not nil, receives
// the address once the server listens (for tests).
func serve(ctx context.Context, args []string, stderr io.Writer, ready chan<- string) error {
	cfg, err := parseServe(args, stderr)
	if err != nil {
		return err
	}
	log := slog.New(slog.NewTextHandler(stderr, nil))

	store, photoDir, err := openData(ctx, cfg.data)
	if err != nil {
		return err
	}
	defer store.Close()

	engine, problem := newEngine(cfg, log)
	engineName := "none"
	if engine != nil {
		engineName = engine.Name()
	}
	svc := review.NewService(store, photoDir, engineName)
	svc.SetFourEyes(cfg.fourEyes)

	sessions, err := handlers.NewSessionStore(cfg.data, cfg.secureCookies)
	if err != nil {
		return err
	}
	app := handlers.New(svc, photoDir, sessions, handlers.Config{
		MaxUpload: int64(cfg.maxUpload), SecureCookies: cfg.secureCookies,
		DataDir: cfg.data, EngineProblem: problem,
	}, log)

	ln, err := net.Listen("tcp", cfg.addr)
	if err != nil {
		return fmt.Errorf("listen: %w", err)
	}
	log.Info("kycreview serving", "addr", "http://"+ln.Addr().String(), "data", cfg.data, "ocr", engineName,
		"four_eyes", cfg.fourEyes, "retention_days", cfg.retentionDays)
	announceFirstAdmin(ctx, svc, cfg.data, log)

	workCtx, stopWork := context.WithCancel(ctx)
	retentionDone := startRetention(workCtx, svc, cfg.retentionDays, log)
	workerDone := make(chan struct{})
	go func() {
		defer close(workerDone)
		if engine != nil {
			review.NewWorker(store, photoDir, engine, portraitFetcher(cfg), svc.Wake(), log).Run(workCtx)
		}
	}()

	srv := &http.Server{Handler: app, ReadHeaderTimeout: 10 * time.Second}
	if ready != nil {
		ready <- ln.Addr().String()
	}
	err = serveUntil(ctx, srv, ln)
	stopWork()
	<-workerDone
	<-retentionDone
	log.Info("kycreview stopped")
	return err
}

func openData(ctx context.Context, dir string) (*db.DB, *photos.Dir, error) {
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return nil, nil, fmt.Errorf("data folder: %w", err)
	}
	store, err := db.Open(ctx, filepath.Join(dir, "kycreview.db"))
	if err != nil {
		return nil, nil, err
	}
	photoDir, err := photos.Open(filepath.Join(dir, "photos"))
	if err != nil {
		store.Close()
		return nil, nil, err
	}
	return store, photoDir, nil
}

// newEngine builds the OCR engine. A missing local engine is not fatal:
// records then fall back to manual entry, and every page says why.
func newEngine(cfg serveConfig, log *slog.Logger) (ocr.Engine, string) {
	switch cfg.engine {
	case "vendor":
		return ocr.NewVendor(ocr.VendorConfig{URL: cfg.ocrURL, Key: cfg.ocrKey}), ""
	case "local":
		lcfg := local.Config{}
		if err := local.Check(lcfg); err != nil {
			log.Error("local OCR engine unavailable; records need manual entry", "err", err)
			return nil, noEngineBanner
		}
		return local.New(lcfg), ""
	}
	return nil, ""
}

const installTesseract = "sudo apt-get install tesseract-ocr tesseract-ocr-chi-sim"

// noEngineBanner is shown on every page while the local engine is missing.
const noEngineBanner = "本地识别引擎不可用，记录需手工录入。安装：" + installTesseract +
	" / The local OCR engine is missing; records need manual entry. Install: " + installTesseract

func portraitFetcher(cfg serveConfig) review.PortraitFetcher {
	if cfg.engine != "vendor" {
		return nil
	}
	client := &http.Client{}
	return func(ctx context.Context, url string) ([]byte, error) {
		return ocr.FetchPortrait(ctx, client, cfg.ocrURL, url)
	}
}

// announceFirstAdmin prints how to create the first account: there is no
// default password anywhere.
func announceFirstAdmin(ctx context.Context, svc *review.Service, data string, log *slog.Logger) {
	n, err := svc.CountUsers(ctx)
	if err != nil || n > 0 {
		return
	}
	log.Warn("no user exists yet; create the first admin with: " +
		"kycreview user add -data " + data + " -username admin -role admin  (password on stdin)")
}

func serveUntil(ctx context.Context, srv *http.Server, ln net.Listener) error {
	errc := make(chan error, 1)
	go func() { errc <- srv.Serve(ln) }()

	select {
	case err := <-errc:
		return fmt.Errorf("serve: %w", err)
	case <-ctx.Done():
	}

	shutCtx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	if err := srv.Shutdown(shutCtx); err != nil {
		return fmt.Errorf("shutdown: %w", err)
	}
	return nil
}

// userAdd creates an account; the password is one line on stdin.
func userAdd(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("user add", flag.ContinueOnError)
	fs.SetOutput(stderr)
	data := fs.String("data", "./data", "data folder")
	username := fs.String("username", "", "the new user's name")
	role := fs.String("role", "reviewer", "reviewer, supervisor or admin")
	if err := parseWithEnv(fs, args); err != nil {
		return err
	}

	line, err := bufio.NewReader(stdin).ReadString('\n')
	if err != nil && !errors.Is(err, io.EOF) {
		return fmt.Errorf("read password: %w", err)
	}
	password := strings.TrimRight(line, "\r\n")

	store, photoDir, err := openData(ctx, *data)
	if err != nil {
		return err
	}
	defer store.Close()

	svc := review.NewService(store, photoDir, "none")
	id, err := svc.CreateUser(ctx, *username, password, review.Role(*role))
	if e, ok := review.AsError(err); ok {
		return fmt.Errorf("%s / %s", e.ZH, e.EN)
	}
	if err != nil {
		return err
	}
	fmt.Fprintf(stdout, "created user %q (id %d, role %s)\n", *username, id, *role)
	return nil
}

// byteSize is a flag value such as 10MiB, 512KiB or a plain byte count.
type byteSize int64

func (b *byteSize) String() string { return strconv.FormatInt(int64(*b), 10) }

func (b *byteSize) Set(s string) error {
	s = strings.TrimSpace(s)
	mult := int64(1)
	for _, u := range []struct {
		suffix string
		mult   int64
	}{{"GiB", 1 << 30}, {"MiB", 1 << 20}, {"KiB", 1 << 10}, {"G", 1 << 30}, {"M", 1 << 20}, {"K", 1 << 10}} {
		if strings.HasSuffix(s, u.suffix) {
			s, mult = strings.TrimSuffix(s, u.suffix), u.mult
			break
		}
	}
	n, err := strconv.ParseInt(strings.TrimSpace(s), 10, 64)
	if err != nil || n <= 0 {
		return fmt.Errorf("size %q: want a positive number of bytes, or e.g. 10MiB", s)
	}
	*b = byteSize(n * mult)
	return nil
}
