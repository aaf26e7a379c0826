// elgetopt: options from the positional parameters (spec §4 elgetopt, §10.5).
// Expectations recorded from native execline 2.9.3.0.
import { tableSuite } from './_table';

tableSuite('elgetopt', [
  { script: "elgetopt ab:c pipeline { env } pipeline { grep -E \"^([#0-9]|ELGETOPT)\" } sort", file: true, args: ["-a","-b","val","-c","rest1","rest2"], stdout: "#=2\n0=script\n1=rest1\n2=rest2\nELGETOPT_a=1\nELGETOPT_b=val\nELGETOPT_c=1\n", stderr: "", status: 0 },
  { script: "elgetopt -D yes ab:c pipeline { env } pipeline { grep -E \"^([#0-9]|ELGETOPT)\" } sort", file: true, args: ["-ac","-bval","--","-x"], stdout: "#=1\n0=script\n1=-x\nELGETOPT_a=yes\nELGETOPT_b=val\nELGETOPT_c=yes\n", stderr: "", status: 0 },
  { script: "elgetopt ab:c pipeline { env } pipeline { grep -E \"^([#0-9]|ELGETOPT)\" } sort", file: true, args: ["-z"], stdout: "", stderr: "script: illegal option\n", status: 1 },
  { script: "elgetopt ab:c pipeline { env } pipeline { grep -E \"^([#0-9]|ELGETOPT)\" } sort", file: true, args: ["-b"], stdout: "", stderr: "script: option requires an argument\n", status: 1 },
  { script: "elgetopt ab:c pipeline { env } pipeline { grep -E \"^([#0-9]|ELGETOPT)\" } sort", file: true, args: ["-a","--zz"], stdout: "", stderr: "script: illegal option\n", status: 1 },
  { script: "elgetopt :ab: pipeline { env } pipeline { grep -E \"^([#0-9]|ELGETOPT)\" } sort", file: true, args: ["-a","-b"], stdout: "#=0\n0=script\nELGETOPT_:=1\nELGETOPT_a=1\n", stderr: "script: option requires an argument\n", status: 0 },
  { script: "elgetopt :ab: pipeline { env } pipeline { grep -E \"^([#0-9]|ELGETOPT)\" } sort", file: true, args: ["-z"], stdout: "", stderr: "script: illegal option\n", status: 1 },
  { script: "elgetopt ab:c pipeline { env } pipeline { grep -E \"^([#0-9]|ELGETOPT)\" } sort", file: true, args: ["-a","-","x"], stdout: "#=2\n0=script\n1=-\n2=x\nELGETOPT_a=1\n", stderr: "", status: 0 },
  { script: "elgetopt ab:c pipeline { env } pipeline { grep -E \"^([#0-9]|ELGETOPT)\" } sort", file: true, args: ["x","-a"], stdout: "#=2\n0=script\n1=x\n2=-a\n", stderr: "", status: 0 },
  { script: "elgetopt ab:c pipeline { env } pipeline { grep -E \"^([#0-9]|ELGETOPT)\" } sort", file: true, args: ["-ab","","x"], stdout: "#=1\n0=script\n1=x\nELGETOPT_a=1\nELGETOPT_b=\n", stderr: "", status: 0 },
  { script: "elgetopt ab:c pipeline { env } pipeline { grep -E \"^([#0-9]|ELGETOPT)\" } sort", file: true, args: ["-a"], env: {"ELGETOPT_a":"old","ELGETOPT_a:1":"older"}, stdout: "#=0\n0=script\nELGETOPT_a:1=old\nELGETOPT_a:2=older\nELGETOPT_a=1\n", stderr: "", status: 0 },
  { script: "elgetopt ab:c pipeline { env } pipeline { grep -E \"^([#0-9]|ELGETOPT)\" } sort", file: true, args: [], stdout: "#=0\n0=script\n", stderr: "", status: 0 },
  { script: "elgetopt ab pipeline { env } grep -v ^PATH=", file: true, args: ["-a","x"], env: {"A":"1","B":"2"}, stdout: "HOME=/root\nA=1\nB=2\n1=x\n0=script\nELGETOPT_a=1\n#=1\n", stderr: "", status: 0 },
  { script: "elgetopt \"::\" pipeline { env } pipeline { grep -E \"^([#0-9]|ELGETOPT)\" } sort", file: true, args: ["-:","x"], stdout: "#=1\n0=script\n1=x\nELGETOPT_:=1\n", stderr: "script: option requires an argument\n", status: 0 },
  { script: "elgetopt \":::\" pipeline { env } pipeline { grep -E \"^([#0-9]|ELGETOPT)\" } sort", file: true, args: ["-:"], stdout: "#=0\n0=script\nELGETOPT_:=1\n", stderr: "script: option requires an argument\n", status: 0 },
  { script: "elgetopt \":::\" pipeline { env } pipeline { grep -E \"^([#0-9]|ELGETOPT)\" } sort", file: true, args: ["-:v","-:","w"], stdout: "#=0\n0=script\nELGETOPT_:=w\n", stderr: "script: option requires an argument\nscript: option requires an argument\n", status: 0 },
  { script: "elgetopt \"::\" pipeline { env } pipeline { grep -E \"^([#0-9]|ELGETOPT)\" } sort", file: true, args: ["-:","-bx"], stdout: "", stderr: "script: option requires an argument\nscript: illegal option\n", status: 1 },
  { script: "elgetopt ab", file: true, args: ["-a"], stdout: "", stderr: "elgetopt: usage: elgetopt [ -D default ] optstring prog...\n", status: 100 },
  { script: "elgetopt", file: true, stdout: "", stderr: "elgetopt: usage: elgetopt [ -D default ] optstring prog...\n", status: 100 },
  { script: "elgetopt -x a true", file: true, stdout: "", stderr: "elgetopt: usage: elgetopt [ -D default ] optstring prog...\n", status: 100 },
  { script: "elgetopt a true", flags: ["-P"], stdout: "", stderr: "elgetopt: fatal: # not set\n", status: 100 },
  { script: "export \"#\" z elgetopt a true", flags: ["-P"], stdout: "", stderr: "elgetopt: fatal: invalid $#\n", status: 100 },
  { script: "export \"#\" 1 elgetopt a true", flags: ["-P"], env: {"0":"zero"}, stdout: "", stderr: "elgetopt: fatal: 1 not set\n", status: 100 },
]);
