// emptyenv: empty, clean up or pop the environment (spec §4 emptyenv, §10.5).
// Expectations recorded from native execline 2.9.3.0.
import { tableSuite } from './_table';

tableSuite('emptyenv', [
  { script: "emptyenv env", flags: ["-P"], env: {"A":"1"}, stdout: "", stderr: "", status: 0 },
  { script: "emptyenv -p pipeline { env } cut -d= -f1", flags: ["-P"], env: {"A":"1"}, stdout: "PATH\n", stderr: "", status: 0 },
  { script: "emptyenv -p pipeline { env } wc -l", flags: ["-P"], stdout: "1\n", stderr: "", status: 0 },
  { script: "emptyenv -c pipeline { env } grep -v ^PATH=", flags: ["-P"], env: {"0":"8","1":"7","!":"1","?":"2","ELGETOPT_x":"3","EXECLINE_STRICT":"0","FDX":"4","FD0":"5","#":"6","1:1":"9","#:1":"10","9x":"11","A":"1","Z":"z"}, stdout: "Z=z\nA=1\nHOME=/root\n", stderr: "", status: 0 },
  { script: "emptyenv -c -P pipeline { env } grep -v ^PATH=", flags: ["-P"], env: {"0":"8","1":"7","!":"1","?":"2","ELGETOPT_x":"3","EXECLINE_STRICT":"0","FDX":"4","FD0":"5","#":"6","1:1":"9","#:1":"10","9x":"11","A":"1","Z":"z"}, stdout: "Z=z\nA=1\nHOME=/root\n", stderr: "", status: 0 },
  { script: "emptyenv -P pipeline { env } grep -v ^PATH=", flags: ["-P"], env: {"0":"z","1":"a","5":"five","EXECLINE_STRICT":"1","#":"1","1:1":"old","1:2":"older","#:1":"0","0:1":"zz","A":"1","ELGETOPT_a":"1","ELGETOPT_a:1":"0","1:0":"x","1:abc":"y","2:4294967296":"big"}, stdout: "HOME=/root\nEXECLINE_STRICT=1\n1=old\n1:1=older\n#=0\n0=zz\nA=1\nELGETOPT_a=1\nELGETOPT_a:1=0\n1:0=x\n1:abc=y\n2:4294967296=big\n", stderr: "", status: 0 },
  { script: "emptyenv -o pipeline { env } grep -v ^PATH=", flags: ["-P"], env: {"0":"z","1":"a","5":"five","EXECLINE_STRICT":"1","#":"1","1:1":"old","1:2":"older","#:1":"0","0:1":"zz","A":"1","ELGETOPT_a":"1","ELGETOPT_a:1":"0","1:0":"x","1:abc":"y","2:4294967296":"big"}, stdout: "0=z\n1=a\n5=five\nHOME=/root\nEXECLINE_STRICT=1\n#=1\n1:1=old\n1:2=older\n#:1=0\n0:1=zz\nA=1\nELGETOPT_a=0\n1:0=x\n1:abc=y\n2:4294967296=big\n", stderr: "", status: 0 },
  { script: "emptyenv -oP pipeline { env } grep -v ^PATH=", flags: ["-P"], env: {"0":"z","1":"a","5":"five","EXECLINE_STRICT":"1","#":"1","1:1":"old","1:2":"older","#:1":"0","0:1":"zz","A":"1","ELGETOPT_a":"1","ELGETOPT_a:1":"0","1:0":"x","1:abc":"y","2:4294967296":"big"}, stdout: "HOME=/root\nEXECLINE_STRICT=1\n1=old\n1:1=older\n#=0\n0=zz\nA=1\nELGETOPT_a=0\n1:0=x\n1:abc=y\n2:4294967296=big\n", stderr: "", status: 0 },
  { script: "emptyenv -P pipeline { env } grep -v ^PATH=", args: ["new"], env: {"1":"old","A":"a"}, stdout: "1=old\nHOME=/root\nA=a\n", stderr: "", status: 0 },
  { script: "emptyenv", flags: ["-P"], stdout: "", stderr: "emptyenv: usage: emptyenv [ -p | -c | -o | -P ] prog...\n", status: 100 },
  { script: "emptyenv -P", flags: ["-P"], stdout: "", stderr: "emptyenv: usage: emptyenv [ -p | -c | -o | -P ] prog...\n", status: 100 },
  { script: "emptyenv -x env", flags: ["-P"], stdout: "", stderr: "emptyenv: usage: emptyenv [ -p | -c | -o | -P ] prog...\n", status: 100 },
  { script: "emptyenv nonexistent-prog", flags: ["-P"], stdout: "", stderr: "emptyenv: fatal: unable to exec nonexistent-prog: No such file or directory\n", status: 127 },
]);
