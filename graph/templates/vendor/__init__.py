"""Browser libraries inlined into the pages, rebuilt from npm by vendor/build.mjs."""
