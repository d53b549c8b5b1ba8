"""The tests the fast tier (``pytest -m "not slow"``) leaves out, and the bundle build's own tier.

Entries are pytest node ids from the repository's root: a file (``tests/ui/test_x.py``), a test
(``tests/ui/test_x.py::test_y``, all its parameters) or a class (``tests/x.py::TestZ``). tests/conftest.py
marks them; tests/test_slow_tests.py fails when an entry no longer names a test (renamed or moved), so the
lists cannot rot silently. Everything listed still runs in CI: SLOW in the full run, BUNDLE in its own step.

SLOW was chosen by ``pytest --durations=60`` over the whole suite, then ``--durations=80`` over the fast tier
(both on a 2-core machine loaded by other work, so by relative durations): the longest tests, and files that
build the window over and over, until the rest should run in under 3 minutes on a quiet 2-core machine.
Keep the notebook's bit-identical checks (tests/core/test_rules.py, the window's and the CLI's notebook
numbers) in the fast tier: they are what a change most often breaks.
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
    # every predict step of every lesson, trained in three languages (~60 s); its fast tests stay in the fast tier
    "tests/ui/test_lesson_hiding.py::test_every_predict_step_shows_its_answer_only_once_answered",
    # lessons 10 and 11: 20,000 iterations of 32 hidden units, and the plateau with three optimisers
    "tests/core/test_new_lessons.py::test_lesson_10_a_little_l2_gets_one_more_test_row_right_and_shrinks_the_weights",
    "tests/core/test_new_lessons.py::test_lesson_10_too_much_l2_learns_almost_nothing",
    "tests/core/test_new_lessons.py::test_lesson_10_with_no_l2_the_training_rows_are_learnt_by_heart_and_2_test_rows_are_wrong",
    "tests/ui/test_projector_fit.py",
    "tests/ui/test_translated_window.py",
    # measured on the quiet machine after the layout move (fast tier 207 s): hostile files and paths, every
    # label and shortcut of the window, heartbeats that wait, run trees saved and reopened
    "tests/ui/test_file_targets.py",
    "tests/ui/test_file_inputs.py",
    "tests/ui/test_document_open.py",
    "tests/ui/test_plain_text.py",
    "tests/ui/test_accessibility.py",
    "tests/ui/test_accessible_plots.py",  # trains the notebook several times
    "tests/ui/test_accessible_tree.py",  # a window per language, every lesson opened
    "tests/ui/test_shortcuts.py",
    "tests/ui/test_run_tree_documents.py",
    "tests/core/test_hints.py",
    "tests/core/test_helper_heartbeat.py",
    "tests/test_cli_streams.py",
    "tests/test_cli_atlas.py::test_random_cells_replayed_with_train_are_bit_identical",  # atlas + train subprocesses
    # single tests (all their parameters), longest first in the measurement
    "tests/ui/test_main_window.py::test_a_hundred_rapid_train_stop_presses",
    "tests/core/test_run_tree.py::test_past_max_runs_the_oldest_branches_off_the_path_thin_and_the_path_never_does",
    "tests/ui/test_document_opener.py::test_two_launches_on_one_document_run_side_by_side",
    "tests/core/test_study_seeds.py::test_study_seed_j_is_the_single_training_with_seed_s_plus_j",
    "tests/ui/test_study_panel.py::test_a_running_study_draws_a_band_and_a_sample_then_every_curve",
    "tests/ui/test_atlas_runner.py::test_closing_the_window_ends_its_helpers",
    "tests/ui/test_atlas_runner.py::test_a_silent_helper_is_reported_and_stop_kills_it",
    "tests/ui/test_atlas_window.py::test_dragging_a_rectangle_computes_a_finer_grid_inside_it",
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
    # from a --durations=80 run of the fast tier (1962 tests, 666 s at load 7 on 2 cores): its longest tests
    "tests/core/test_branch_exact.py",
    "tests/ui/test_exports.py",
    "tests/core/test_budget.py::test_a_study_over_the_budget_is_refused_before_allocating_and_the_seeds_proposed_fit",
    "tests/core/test_budget.py::test_the_model_is_the_measured_peak_for_every_rule",
    "tests/core/test_export.py::test_exported_notebook_validates_and_its_cells_print_the_apps_numbers",
    "tests/core/test_study.py::test_notebook_study_first_seed_is_the_notebook",
    "tests/ui/test_error_plot.py::test_exported_png_keeps_the_y_label_apart_from_the_ticks_and_scales_the_legend",
    "tests/core/test_protocol.py::test_every_message_of_the_notebook_at_full_speed_is_under_2_kb_and_the_window_gets_the_whole_run",
    "tests/core/test_protocol.py::test_many_error_lines_go_over_several_messages_in_order_and_none_is_lost",
    "tests/ui/test_file_loader.py::test_a_helper_stopped_while_sending_the_document_back_hangs_nothing",
    "tests/core/test_document_schema.py::test_a_hostile_document_is_refused_by_the_schema_first_with_its_place",
    "tests/ui/test_decision_map.py::test_the_window_computes_no_map_and_no_inspector_trace_while_they_are_hidden",
    "tests/test_cli_numbers.py::test_ascii_numbers_are_read_as_the_readme_shows_them",
    "tests/core/test_expression.py::test_token_soup_gives_an_array_or_an_expression_error",
    "tests/core/test_documents.py::test_a_valid_document_with_any_part_replaced_reads_or_raises_data_error",
    "tests/core/test_documents.py::test_any_valid_dataset_round_trips_through_csv_and_json",
    "tests/core/test_points.py::test_overfitting_fits_the_training_rows_but_not_the_test_rows",
    "tests/core/test_pace.py::test_the_speed_can_change_during_a_run",
    "tests/ui/test_steady_label.py::test_a_training_run_does_not_lay_the_window_out_for_every_snapshot",
    "tests/core/test_file_inputs.py::test_the_command_line_refuses_a_fifo_in_one_line",
    "tests/core/test_lesson_markup.py::test_only_the_renderers_own_tags_come_out",
    "tests/core/test_lesson_markup.py::test_any_short_text_is_rendered_as_the_regex_renderer_did",
    "tests/core/test_run_book.py::test_the_helpers_reports_make_the_record_a_trainer_here_makes",
    "tests/core/test_timeline.py::test_a_mirror_fed_by_snapshots_holds_the_same_snapshots",
    "tests/test_desktop.py::test_install_validate_and_uninstall_in_a_temporary_home",
    "tests/ui/test_hints_in_window.py::test_4096_rows_at_lr_1_get_the_hint_in_the_window",
    "tests/core/test_presets.py::test_learnable_presets_learn_with_their_settings",
    "tests/core/test_document_runs.py::test_a_hostile_runs_member_is_refused_naming_the_place",
    "tests/ui/test_autosave_recovery.py::test_a_folder_named_like_an_autosave_is_not_offered_at_every_start",
    "tests/ui/test_run_record_cli_window.py::test_the_window_and_the_command_line_keep_the_same_record_of_the_notebook_run",
    "tests/ui/test_experiment_wiring.py::test_train_submits_the_experiments_settings_and_undo_takes_them_back",
    "tests/ui/test_run.py::test_reopening_adds_no_legend_entry",
    "tests/ui/test_run.py::test_a_huge_iteration_count_is_refused_by_the_reader_naming_the_field",
    "tests/ui/test_document_open.py::test_if_the_window_fails_half_way_it_puts_back_what_it_showed",
    "tests/ui/test_document_open.py::test_the_command_line_refuses_it_in_one_line",
    "tests/ui/test_document_open.py::test_a_large_file_read_in_the_background_is_checked_before_it_is_shown",
    "tests/ui/test_classroom.py::test_pause_then_play_ends_exactly_like_an_uninterrupted_run",
    "tests/ui/test_helper_pool.py::test_stop_cancels_one_links_job_and_no_other",
    "tests/ui/test_main_window.py::test_a_saturating_run_gets_a_hint_to_lower_the_learning_rate",
    "tests/ui/test_decision_map.py::test_window_map_follows_training",
    "tests/ui/test_lesson_inspector.py::test_worksheet_weights_typed_then_step_gives_the_hand_written_numbers_and_undo_restores",
    "tests/ui/test_lesson_panel_scroll.py",
    "tests/ui/test_lesson_state_leaks.py",  # plays every shipped lesson through the window
    "tests/ui/test_lesson_projector_layout.py",  # five windows laid out at projector sizes
    "tests/ui/test_previews.py::test_a_preview_starts_from_the_command_line",
    "tests/ui/test_race_window.py::test_the_screenshot_script_writes_its_pictures",  # three races' pictures
    "tests/ui/test_race_window.py::test_stop_ends_the_race_with_what_it_did_and_closing_leaves_no_helper",
    "tests/ui/test_race_window.py::test_a_helper_that_dies_during_a_race_is_told_and_the_link_starts_again",
    "tests/ui/test_landscape_window.py::test_the_screenshot_script_draws_every_shot",  # trains, draws three shots
]
