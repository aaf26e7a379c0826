// unexport: remove a variable (spec §4 unexport, §10.5).
// Expectations recorded from native execline 2.9.3.0.
import { tableSuite } from './_table';

tableSuite('unexport', [
  { script: "unexport A pipeline { env } grep -v ^PATH=", flags: ["-P"], env: {"A":"1","B":"2","C":"3"}, stdout: "HOME=/root\nC=3\nB=2\n", stderr: "", status: 0 },
  { script: "unexport B pipeline { env } grep -v ^PATH=", flags: ["-P"], env: {"A":"1","B":"2","C":"3"}, stdout: "HOME=/root\nA=1\nC=3\n", stderr: "", status: 0 },
  { script: "unexport NOPE pipeline { env } grep -v ^PATH=", flags: ["-P"], env: {"A":"1"}, stdout: "HOME=/root\nA=1\n", stderr: "", status: 0 },
  { script: "export A \"\" unexport A importas -D unset a A echo $a", flags: ["-P"], stdout: "unset\n", stderr: "", status: 0 },
  { script: "export A \"\" importas -D unset a A echo $a", flags: ["-P"], stdout: "\n", stderr: "", status: 0 },
  { script: "unexport A=B true", flags: ["-P"], stdout: "", stderr: "unexport: fatal: invalid variable name: A=B\n", status: 100 },
  { script: "unexport A", flags: ["-P"], stdout: "", stderr: "unexport: usage: unexport variable prog...\n", status: 100 },
  { script: "unexport", flags: ["-P"], stdout: "", stderr: "unexport: usage: unexport variable prog...\n", status: 100 },
  { script: "unexport -x echo ok", flags: ["-P"], stdout: "ok\n", stderr: "", status: 0 },
  { script: "unexport PATH echo still-found", flags: ["-P"], stdout: "still-found\n", stderr: "", status: 0 },
]);
