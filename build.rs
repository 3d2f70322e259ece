// Adds the libtorch library folders recorded by `scripts/setup.sh` to the run-time
// search path of every binary and test, so nothing needs LD_LIBRARY_PATH. The fuzz
// crate (`fuzz/`, one folder down) includes this file as its own build script.
use std::path::PathBuf;

fn main() {
    let manifest = PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").unwrap());
    let root = manifest.ancestors().find(|d| d.join("scripts/setup.sh").is_file()).unwrap_or(&manifest);
    let rpath_file = root.join(".libtorch").join("rpath");
    println!("cargo:rerun-if-changed={}", rpath_file.display());
    let Ok(dirs) = std::fs::read_to_string(&rpath_file) else {
        println!("cargo:warning=.libtorch/rpath missing: run scripts/setup.sh first");
        return;
    };
    // DT_RPATH (not RUNPATH) so that libtorch_cpu.so's own dependencies are found too.
    println!("cargo:rustc-link-arg=-Wl,--disable-new-dtags");
    for dir in dirs.lines().filter(|l| !l.trim().is_empty()) {
        println!("cargo:rustc-link-arg=-Wl,-rpath,{}", dir.trim());
    }
}
