#!/usr/bin/env execlineb
# A tiny execline script: substitution, a child process, and a final exec.
define greeting "hello from execline-ts"
importas -D world who WHO
foreground { echo ${greeting} }
echo ${who}
