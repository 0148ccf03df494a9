//go:build unix

package local

import (
	"os/exec"
	"syscall"
)

// isolate starts the command in its own process group and makes the
// context's cancel kill the group, so helpers Tesseract (or a wrapper
// script) started die with it.
func isolate(cmd *exec.Cmd) {
	cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true}
	cmd.Cancel = func() error {
		return syscall.Kill(-cmd.Process.Pid, syscall.SIGKILL)
	}
	cmd.WaitDelay = killGrace
}
