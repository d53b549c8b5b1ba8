"""The tests the fast tier (``pytest -m "not slow"``) leaves out, and the bundle build's own tier.

Entries are pytest node ids from the repository's root: a file (``tests/ui/test_x.py``), a test
(``tests/ui/test_x.py::test_y``, all its parameters) or a class (``tests/x.py::TestZ``). tests/conftest.py
marks them; tests/test_slow_tests.py fails when an entry no longer names a test (renamed or moved), so the
lists cannot rot silently. Everything listed still runs in CI: SLOW in the full run, BUNDLE in its own step.

SLOW was chosen by ``pytest --durations=60`` over the whole suite: the longest tests, until the rest ran in
under 3 minutes on a quiet 2-core machine.
"""

# Builds the PyInstaller bundle and starts it (minutes): ``pytest -m bundle``, a CI step of its own.
BUNDLE = [
    "tests/test_bundle.py",
]

SLOW = [
    # whole files: the window built again and again (in three languages, at projector sizes, per lesson step)
    "tests/test_faults.py",  # hostile input end to end: many subprocesses and large files
    "tests/ui/test_documents.py",
    "tests/ui/test_helper_watchdog.py",  # stops and kills helper processes, waits for the watchdog
    "tests/ui/test_high_contrast.py",
    "tests/ui/test_layout.py",
    "tests/ui/test_lesson_layout.py",
    "tests/ui/test_lessons.py",
    "tests/ui/test_projector_fit.py",
    "tests/ui/test_translated_window.py",
    # single tests (all their parameters), longest first in the measurement
    "tests/ui/test_main_window.py::test_a_hundred_rapid_train_stop_presses",
    "tests/core/test_run_tree.py::test_past_max_runs_the_oldest_branches_off_the_path_thin_and_the_path_never_does",
    "tests/ui/test_document_opener.py::test_two_launches_on_one_document_run_side_by_side",
    "tests/core/test_study_seeds.py::test_study_seed_j_is_the_single_training_with_seed_s_plus_j",
    "tests/ui/test_study_panel.py::test_a_running_study_draws_a_band_and_a_sample_then_every_curve",
    "tests/core/test_export.py::test_the_notebook_script_prints_the_cli_train_output_and_the_notebooks_errors",
    "tests/core/test_lesson_markup.py::test_inline_markup_is_rendered_as_the_regex_renderer_did",
    "tests/ui/test_snapshot_path.py::test_a_snapshot_reaches_the_views_in_at_most_three_hops",
    "tests/ui/test_accessibility.py::test_the_main_tasks_by_keys_alone",
    "tests/ui/test_startup.py::test_a_window_never_painted_still_resumes_garbage_collection",
    "tests/ui/test_helper_pool.py::test_the_window_trains_while_the_study_window_studies_and_both_get_the_headless_numbers",
    "tests/core/test_study_seeds.py::test_the_command_lines_study_and_train_print_the_same_numbers",
    "tests/core/test_budget.py::test_adam_momentum_and_l2_need_more_than_gradient_descent",
    "tests/ui/test_accessibility.py::test_status_changes_are_announced",
    "tests/test_translations.py::test_lupdate_finds_no_unfinished_or_obsolete_entries",
    "tests/test_resources.py::test_an_installed_package_finds_its_data_files",
    "tests/test_cli_json_record.py::test_train_json_is_a_run_record_with_the_error_lines_of_a_plain_train",
    "tests/ui/test_dataset_model.py::test_large_table_builds_and_answers_data",
    "tests/core/test_lesson_markup.py::test_whole_step_texts_are_rendered_as_the_regex_renderer_did",
    "tests/core/test_document_runs.py::test_save_and_reopen_keep_the_tree",
    "tests/ui/test_document_open.py::test_a_hostile_document_changes_nothing_and_save_still_writes_the_open_document",
    "tests/ui/test_accessibility.py::test_the_pictures_have_text_alternatives",
    "tests/ui/test_run_branches.py::test_branching_then_undo_and_play_gives_the_numbers_of_a_run_never_branched",
    "tests/ui/test_classroom.py::test_the_app_exits_cleanly_after_presentation_mode",
    "tests/ui/test_real_window.py::test_real_window_trains_xor_and_saves_a_screenshot",  # also marked in its file
]
