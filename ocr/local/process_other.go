//go:build !unix

package local

import "os/exec"

// isolate falls back to killing the process alone where there are no
// process groups.
func isolate(cmd *exec.Cmd) { cmd.WaitDelay = killGrace }
